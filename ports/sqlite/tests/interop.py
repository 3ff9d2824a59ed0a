"""Databases exchanged between the host's SQLite and the CloudABI shell.

make DB          create DB with the host's SQLite
expect DB OUT    OUT (the shell's answer to the query in recipe.toml) must
                 match what the host computes from DB
check DB         DB (written by the shell from make_db.sql) must pass the
                 host's integrity check and hold the expected rows
"""
import sqlite3
import sys

cmd, db = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
if cmd == "make":
    con.execute("create table t(n integer, s text)")
    con.executemany("insert into t values (?, ?)", [(i, chr(97 + i % 26)) for i in range(1, 501)])
    con.commit()
elif cmd == "expect":
    n, total, s = con.execute("select count(*), sum(n), group_concat(s, '') from t").fetchone()
    want = f"{n}|{total}|{s}\nok\n"
    got = open(sys.argv[3]).read()
    if got != want:
        sys.exit(f"shell said {got!r}, host expects {want!r}")
elif cmd == "check":
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    rows = con.execute("select count(*), sum(n), count(*) filter (where s glob 'ROW*') from t").fetchone()
    keep = [n for n in range(1, 3001) if n % 11]
    want = (len(keep), sum(keep), len([n for n in keep if n % 7 == 0]))
    if rows != want:
        sys.exit(f"rows {rows}, expected {want}")
    assert con.execute("select count(*) from t where length(b) != max(n % 64, 1)").fetchone() == (0,)
    assert con.execute("select name from sqlite_master where type = 'index'").fetchall() == [("t_s",)]
