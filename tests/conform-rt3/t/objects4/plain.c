string hello() { return "hello"; }
