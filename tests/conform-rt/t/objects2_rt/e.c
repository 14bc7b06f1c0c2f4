int e_var;
private int e_priv;
