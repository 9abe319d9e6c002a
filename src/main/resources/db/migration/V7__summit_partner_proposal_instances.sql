-- Each invited partner proposes in its own process instance (summit-partner-proposals), called by the summit: the
-- invitation records that instance, so its steps find the invitation (and the summit, and the partner) from the
-- instance they run in, never from a variable. Empty for invitations answered before this change. V7, not V6: V6 is
-- taken by another branch. Like V1, portable between H2 and PostgreSQL.
alter table summit_invitee add column proposal_process_instance_id varchar(64);
create unique index ux_summit_invitee_proposals on summit_invitee (proposal_process_instance_id);
