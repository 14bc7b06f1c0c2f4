// 100 000 string appends.
int main() {
    string s = "";
    for (int i = 0; i < 100000; i++) s += "x";
    return strlen(s);
}
