int x_count = 7;
string x_note = "extra";
