-- Schema, data, queries and transactions against a file in the granted
-- directory.  The rollback and the attached database need journal files
-- beside it; the integrity checks read every page back.
.headers on
.mode list
create table dept(id integer primary key, name text not null unique);
create table emp(id integer primary key, name text, dept integer references dept(id), salary real);
insert into dept(name) values ('eng'), ('ops'), ('sales');
insert into emp(name, dept, salary) values
  ('ada', 1, 120.5), ('bob', 1, 99), ('cy', 2, 80), ('di', 3, 70.25), ('ed', 3, 75);
create index emp_dept on emp(dept);
select d.name, count(*) as n, round(avg(e.salary), 2) as avg from emp e join dept d on d.id = e.dept group by d.name order by d.name;
begin;
delete from emp;
select count(*) as during from emp;
rollback;
select count(*) as after_rollback from emp;
create table log(msg text);
create trigger emp_ins after insert on emp begin insert into log values ('hired ' || new.name); end;
insert into emp(name, dept, salary) values ('fay', 2, 88);
select msg from log;
with recursive fib(i, a, b) as (select 1, 0, 1 union all select i + 1, b, a + b from fib where i < 15) select group_concat(a, ',') as fib from fib;
select name, salary, rank() over (order by salary desc) as r from emp order by r limit 3;
select json_object('n', count(*), 'names', json_group_array(name)) as j from emp where dept = 3;
select date('2024-02-28', '+1 day') as d1, strftime('%Y-%j', '2023-12-31') as d2, julianday('2000-01-01 12:00:00') as jd;
select printf('%.3f|%5d|%x', 3.14159, 42, 255) as p, upper('straße') as u, length(x'00ff') as l;
attach 'other.db' as other;
create table other.kv(k text primary key, v blob);
insert into other.kv values ('a', randomblob(1000)), ('b', zeroblob(5000));
select k, length(v) from other.kv order by k;
detach other;
insert into emp(name, dept, salary) select 'gen' || value, 1 + value % 3, value * 1.5 from generate_series(1, 2000);
select count(*) as total, sum(salary) as payroll from emp;
delete from emp where id % 2 = 0;
vacuum;
pragma integrity_check;
select count(*) as remaining from emp;
.schema dept
