// The master's compile_object hands "virtual/..." names to this server; it
// returns a fresh room that the driver renames to the asked-for name.
object compile_object(string file) {
    object room = new("/t_objects/vroom");
    room->set_origin(file);
    return room;
}
