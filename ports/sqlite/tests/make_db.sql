create table t(n integer, s text, b blob);
begin;
insert into t select value, printf('row%04d', value), randomblob(value % 64) from generate_series(1, 3000);
commit;
create index t_s on t(s);
update t set s = upper(s) where n % 7 = 0;
delete from t where n % 11 = 0;
