inherit "/t/misc6/base";
