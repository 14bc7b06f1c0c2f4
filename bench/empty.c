// Start-up cost of the driver, subtracted from every other figure.
int main() { return 0; }
