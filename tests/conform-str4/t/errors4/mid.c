inherit "/t/errors4/base";
private int midpriv() { return 4; }
