int *arr = ({ 1 });
int bad = arr[5];
int get() { return bad; }
