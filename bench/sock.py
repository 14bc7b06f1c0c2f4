"""sock.py — the socket benchmark's baseline: bench/sock/echo.c in Python 3
asyncio. A server and a client in one process over loopback, ROUNDS
request/answer round trips of a small value, each framed as MUD mode frames
it (4-byte big-endian length, then the value as text and a NUL)."""
import asyncio, json, struct

ROUNDS = 20000


async def read_frame(reader):
    n = struct.unpack(">I", await reader.readexactly(4))[0]
    return json.loads((await reader.readexactly(n))[:-1])


def frame(value):
    text = json.dumps(value).encode() + b"\0"
    return struct.pack(">I", len(text)) + text


async def serve(reader, writer):
    try:
        while True:
            writer.write(frame(await read_frame(reader)))
    except (asyncio.IncompleteReadError, asyncio.CancelledError):
        writer.close()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    msg = ["ping", 0, {"k": 1.5}]
    for n in range(1, ROUNDS + 1):
        writer.write(frame(msg))
        msg = await read_frame(reader)
        msg = ["ping", n, msg[2]]
    writer.close()
    server.close()


asyncio.run(main())
