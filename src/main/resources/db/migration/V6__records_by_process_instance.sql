-- Listeners, delegates and expressions find a review or a pilot from the process instance that runs it, never from a
-- process variable (anyone who may work on a task could send variables with its completion).
create index ix_review_process_instance on review (process_instance_id);
create index ix_pilot_process_instance on pilot (process_instance_id);
