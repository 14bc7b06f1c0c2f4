inherit "/t/misc6/mid";
inherit "/t/misc6/side";
