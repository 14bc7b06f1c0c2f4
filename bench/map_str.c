// 200 000 mapping inserts and lookups with string keys.
int main() {
    mapping m = ([ ]);
    int hits = 0;
    for (int i = 0; i < 200000; i++) m["k" + i] = i;
    for (int i = 0; i < 200000; i++) if (m["k" + i] == i) hits++;
    return hits;
}
