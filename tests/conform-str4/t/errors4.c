// "Bad argument" texts of aliased efuns (2.7 names the efun the alias maps to)
// and function_exists() flag 1 on private/static functions of inherited programs.
#include <conform.h>

void create() {
    mixed five = 5, arr = ({ 1 }), e;
    object ob;
    show("clone_object(5)", catch(clone_object(five)));
    show("new(5)", catch(new(five)));
    show("strlen(5)", catch(e = strlen(five)));
    show("strlen(arr)", catch(e = strlen(arr)));
    show("strsrch bad", catch(e = strsrch(five, "a")));
    show("to_int bad", catch(e = to_int(arr)));
    show("to_float bad", catch(e = to_float(arr)));
    show("all_previous bad", catch(e = all_previous_objects(arr)));
    show("this_user bad", catch(e = this_user(arr)));
    show("call_other bad", catch(e = call_other(five, "x")));
    show("evaluate bad", catch(e = evaluate(five)));
    ob = load_object("/t/errors4/mid");
    show("fe private inherited 1", function_exists("hidden", ob, 1));
    show("fe private inherited", function_exists("hidden", ob));
    show("fe private own 1", function_exists("midpriv", ob, 1));
    show("fe private own", function_exists("midpriv", ob));
    show("fe static 1", function_exists("prot", ob, 1));
    show("fe static", function_exists("prot", ob));
    show("fe pub", function_exists("pub", ob));
    show("fe missing 1", function_exists("nope", ob, 1));
    done();
}
