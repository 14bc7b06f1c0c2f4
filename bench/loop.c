// A 10-million-step integer loop.
int main() {
    int sum = 0;
    for (int i = 0; i < 10000000; i++) sum += i & 7;
    return sum;
}
