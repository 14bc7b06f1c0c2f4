// Sorting 100 000 pseudo-random ints (a fixed LCG, so both sides sort the same data).
int main() {
    int *a = allocate(100000), x = 12345;
    for (int i = 0; i < 100000; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        a[i] = x;
    }
    a = sort_array(a, 1);
    return a[50000];
}
