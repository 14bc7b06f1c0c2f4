inherit "/t/misc6/root";
