// 200 000 mapping inserts and lookups with int keys.
int main() {
    mapping m = ([ ]);
    int hits = 0;
    for (int i = 0; i < 200000; i++) m[i * 7] = i;
    for (int i = 0; i < 200000; i++) if (m[i * 7] == i) hits++;
    return hits;
}
