-- A provider's termination request entered by one of the buyer's people is on behalf of the provider: the record
-- names the provider's person who asked (and an address, if given). Empty for requests entered by the partner's own
-- representatives, for the buyer's requests, and for requests recorded before this version. requested_by_user
-- already says who entered it. Like V1, portable between H2 and PostgreSQL.
alter table termination_request add column on_behalf_of varchar(200);
alter table termination_request add column on_behalf_of_email varchar(254);
