-- A shipment row is updated with every tracking batch that moves it (status, last scan, milestone
-- times), a dozen times or more in its life, and none of those columns is indexed. Leaving a fifth
-- of each page free lets PostgreSQL keep the new row version on the same page (a HOT update), so
-- those updates write no entry into the shipment's six indexes. Applies to pages written from now on.
alter table shipment set (fillfactor = 80);
