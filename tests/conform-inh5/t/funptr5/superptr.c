inherit "/t/funptr5/base";
function p = (: base::f :);
