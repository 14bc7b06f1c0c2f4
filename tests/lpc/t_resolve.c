// resolve(): answers arrive later, on a turn of the backend loop, as
// callback(name, address, key); unknown parts are 0. Only loopback names
// and malformed addresses are used: the resolver answers those itself,
// so the test asks no name server.
#include <test.h>

mixed *answers = ({ });
int k_addr, k_name, k_bad, k_fp;

void got(string name, string addr, int key) { answers += ({ ({ name, addr, key }) }); }

void check_answers() {
    mapping by_key = ([ ]);
    foreach (mixed *a in answers) by_key[a[2]] = a[0..1];
    expect(sizeof(answers), 4, "one answer per lookup");
    expect(by_key[k_addr], ({ "localhost", "127.0.0.1" }), "an address: its name");
    expect(by_key[k_name], ({ "localhost", "127.0.0.1" }), "a name: its address");
    expect(by_key[k_bad], ({ 0, 0 }), "a malformed address: both unknown");
    expect(by_key[k_fp], ({ "localhost", "127.0.0.2" }), "a function pointer callback");
}

void test_resolve() {
    k_addr = resolve("127.0.0.1", "got");
    k_name = resolve("localhost", "got");
    k_bad = resolve("300.1.2.3", "got");
    k_fp = resolve("127.0.0.2", (: got :));
    expect_true(k_addr > 0 && k_name > k_addr && k_bad > k_name && k_fp > k_bad, "keys are new and rising");
    expect(answers, ({ }), "no answer before resolve() returns");
    defer_check((: check_answers :), 1);
}
