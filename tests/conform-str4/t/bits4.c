// Bit strings and save/restore_variable, fourth round: large indexes, next_bit,
// clear_bit past the end; negative numbers, nested empty containers and
// malformed input for restore_variable with its error texts.
#include <conform.h>

void create() {
    string b = "";
    mixed v;
    b = set_bit(b, 100);
    show("set 100 len", strlen(b));
    show("test 100", test_bit(b, 100));
    show("test 99", test_bit(b, 99));
    show("test 1000", test_bit(b, 1000));
    show("next_bit from -1", next_bit(b, -1));
    show("next_bit from 100", next_bit(b, 100));
    b = set_bit(b, 3);
    show("next_bit from 0", next_bit(b, 0));
    show("next_bit from 3", next_bit(b, 3));
    show("clear beyond", clear_bit(b, 500) == b);
    show("clear beyond len", strlen(clear_bit(b, 500)));
    show("clear 100 len", strlen(clear_bit(b, 100)));
    show("set 0", set_bit("", 0));
    show("set 5", set_bit("", 5));
    show("set 6", set_bit("", 6));
    show("set neg", catch(set_bit("", -1)));
    show("set huge", catch(set_bit("", 1000000)));
    show("next_bit empty", next_bit("", -1));
    show("test neg", catch(test_bit(" ", -1)));
    show("sv neg int", save_variable(-5));
    show("sv neg float", save_variable(-1.5));
    show("sv nested empty", save_variable(({ ({ }), ([ ]), ({ ({ }) }) })));
    show("sv map of empty", save_variable(([ "a": ({ ([ ]) }) ])));
    show("sv string esc", save_variable("a\"b\\c\nd"));
    show("sv zero", save_variable(0));
    show("rv neg int", restore_variable("-5"));
    show("rv neg float", restore_variable("-1.5"));
    show("rv float exp", restore_variable("1.0e+02"));
    show("rv nested empty", restore_variable("({({}),([]),({({}),}),})"));
    show("rv round", restore_variable(save_variable(({ -3, -0.25, ([ 1: ({ }) ]) }))));
    show("rv map empty", restore_variable("([\"a\":({}),\"b\":([]),])"));
    show("rv bad array", catch(restore_variable("({1,2")));
    show("rv bad string", catch(restore_variable("\"abc")));
    show("rv junk", catch(restore_variable("abc")));
    show("rv empty", catch(restore_variable("")));
    show("rv trailing", catch(restore_variable("12abc")));
    show("rv string nl", restore_variable("\"a\\nb\""));
    show("rv no trailing comma", catch(restore_variable("({1,2})")));
    show("rv minus only", catch(restore_variable("-")));
    done();
}
