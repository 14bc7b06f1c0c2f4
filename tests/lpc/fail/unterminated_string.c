// expect: Unterminated string
void create() { string s = "no end;
}
