"""Make ConfClerk import a schedule.xml with no one at the keyboard, under Xvfb.

ConfClerk (Debian's 0.7.1) has no command-line options and imports only from its dialogs. Its
"Reload Conference" action (Ctrl+R) re-imports the active conference from the URL stored in its
SQLite database, and Qt fetches file:// URLs like any other. So: start ConfClerk with a private
HOME (it creates its settings and database there), add an active conference whose URL is the
file, press Ctrl+R in its window with the X test extension (libXtst, through ctypes: xdotool is
not installed), wait until the import has committed, and quit it.

Usage (inside xvfb-run, which sets DISPLAY):
    python3 confclerk-import.py SCHEDULE_XML HOME_DIR
Prints the database path on success; exits 1 with ConfClerk's output (HOME_DIR/confclerk.log) on failure.
Only the ConfClerk process this script starts is ever stopped.
"""

import ctypes
import os
import re
import sqlite3
import subprocess
import sys
import time

DB = '.local/share/Toastfreeware/ConfClerk/ConfClerk.sqlite'


def wait_for(check, seconds):
    """Poll `check` until it returns a truthy value or `seconds` pass; its exceptions count as not yet."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            value = check()
            if value:
                return value
        except (sqlite3.Error, OSError):
            pass
        time.sleep(0.2)
    return None


def query(db, sql, *args):
    with sqlite3.connect(db, timeout=5) as con:
        return con.execute(sql, args).fetchall()


def main_window():
    """ConfClerk's top-level window id, from xwininfo (x11-utils)."""
    tree = subprocess.run(['xwininfo', '-root', '-tree'], capture_output=True, text=True, check=True).stdout
    match = re.search(r'^\s+(0x[0-9a-f]+) "[^"]*": \("confclerk" "ConfClerk"\)\s+(\d+)x(\d+)', tree, re.M)
    return int(match.group(1), 16) if match and int(match.group(2)) > 1 else None


def press_ctrl_r(window):
    """Focus the window and send Ctrl+R through XTest."""
    x11 = ctypes.cdll.LoadLibrary('libX11.so.6')
    xtst = ctypes.cdll.LoadLibrary('libXtst.so.6')
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XStringToKeysym.restype = ctypes.c_ulong
    display = ctypes.c_void_p(x11.XOpenDisplay(None))
    if not display:
        raise RuntimeError('cannot open the X display (run this inside xvfb-run)')

    def keycode(name):
        return x11.XKeysymToKeycode(display, ctypes.c_ulong(x11.XStringToKeysym(name.encode())))

    revert_to_parent, current_time = 2, 0
    x11.XSetInputFocus(display, ctypes.c_ulong(window), revert_to_parent, current_time)
    x11.XSync(display, 0)
    time.sleep(0.3)
    for name, down in [('Control_L', True), ('r', True), ('r', False), ('Control_L', False)]:
        xtst.XTestFakeKeyEvent(display, keycode(name), down, 0)
    x11.XSync(display, 0)
    x11.XCloseDisplay(display)


def main(xml, home):
    os.makedirs(home, mode=0o700, exist_ok=True)
    env = dict(
        os.environ,
        HOME=home,
        XDG_CONFIG_HOME=os.path.join(home, '.config'),
        XDG_DATA_HOME=os.path.join(home, '.local/share'),
        XDG_RUNTIME_DIR=home,
        LANG='C.UTF-8',
        TZ='UTC',
    )
    db = os.path.join(home, DB)
    url = 'file://' + os.path.abspath(xml)
    # Its output goes to a file: a pipe nobody reads could fill and stall it.
    log_path = os.path.join(home, 'confclerk.log')
    log = open(log_path, 'wb')
    app = subprocess.Popen(['confclerk'], env=env, stdout=log, stderr=subprocess.STDOUT)
    imported = False
    try:
        def schema_ready():
            return query(db, "SELECT count(*) FROM sqlite_master WHERE name = 'link'")[0][0] == 1

        def imported_now():
            return query(db, "SELECT count(*) FROM conference WHERE title != '(importing)' AND active = 1")[0][0]

        if not wait_for(schema_ready, 30):
            raise RuntimeError('ConfClerk did not create its database')
        with sqlite3.connect(db, timeout=5) as con:
            con.execute("UPDATE conference SET active = 0")
            con.execute(
                "INSERT INTO conference (title, start, end, active, url) VALUES ('(importing)', 0, 0, 1, ?)", (url,)
            )
        window = wait_for(main_window, 30)
        if not window:
            raise RuntimeError('ConfClerk opened no window')
        time.sleep(1)
        for _ in range(3):  # a key press sent before the window is ready is lost: try again
            press_ctrl_r(window)
            if wait_for(imported_now, 20):
                imported = True
                break
        # The import commits in one transaction; let ConfClerk finish redrawing before it is stopped.
        time.sleep(1)
    finally:
        app.terminate()
        try:
            app.wait(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        log.close()
    if not imported:
        with open(log_path, encoding='utf-8', errors='replace') as f:
            output = f.read()
        sys.stderr.write(f'ConfClerk did not import {url}\n{output}')
        return 1
    print(db)
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
