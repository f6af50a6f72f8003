#!/usr/bin/env python3
"""A local SMTP catcher for the trial cluster: accepts every mail and keeps it as a .eml file, sends nothing on.

Usage: smtp-catcher.py PORT FOLDER. Standard library only, so it runs wherever Python 3 does.
"""
import itertools
import os
import socketserver
import sys
import time

counter = itertools.count(1)


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 smtp-catcher ready")
        sender, recipients = None, []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("HELO", "EHLO"):
                self.reply("250-smtp-catcher" if verb == "EHLO" else "250 smtp-catcher")
                if verb == "EHLO":
                    self.reply("250-8BITMIME")
                    self.reply("250 SMTPUTF8")
            elif verb == "MAIL":
                sender, recipients = command[10:].strip(), []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command[8:].strip())
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    lines.append(line[1:] if line.startswith(b"..") else line)
                name = "%d-%06d.eml" % (time.time() * 1000, next(counter))
                path = os.path.join(self.server.folder, name)
                with open(path + ".part", "wb") as out:
                    out.write(("X-Catcher-From: %s\r\nX-Catcher-To: %s\r\n" % (sender, ", ".join(recipients))).encode())
                    out.writelines(lines)
                os.rename(path + ".part", path)
                self.reply("250 OK: kept as " + name)
            elif verb == "RSET":
                sender, recipients = None, []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class Catcher(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    with Catcher(("127.0.0.1", port), Session) as server:
        server.folder = folder
        server.serve_forever()
