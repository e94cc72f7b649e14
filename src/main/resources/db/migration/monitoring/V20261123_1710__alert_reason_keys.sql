-- An alert's reason as a message key and its arguments, so the console says it in the viewer's
-- language; `reason` keeps the English text for the API.
alter table alert add column reason_key text;
alter table alert add column reason_args text;
