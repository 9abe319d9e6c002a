-- The group of a partner's representatives is stored with the partner: partner-<id> as before, unless that is a role
-- (a partner named "Representatives" got partner-representatives, the group of every representative): the start-up
-- repair PartnerGroupRepair gives such a partner a group of its own. Like V1, portable between H2 and PostgreSQL.
alter table partner add column group_id varchar(80);
update partner set group_id = 'partner-' || id;
alter table partner alter column group_id set not null;
create unique index ux_partner_group on partner (group_id);
