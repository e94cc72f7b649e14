-- Editable status mapping. An event whose status came from status_mapping (the source gave only
-- a raw status) is marked 'mapped', so that changing the mapping re-maps it; a status the source
-- itself gave is never overwritten.
alter table tracking_event add column mapped boolean not null default false;
create index tracking_event_raw_status on tracking_event (tenant_id, provider, raw_status) where status is null or mapped;

-- Shipped defaults (tenant_id null) for the scan texts that Chinese cross-border line-haul carriers
-- (YunExpress, 4PX, Yanwen, Cainiao partners) print in English, as sellers paste them into a CSV
-- file or post them to our API without a normalized status. Kept modest on purpose: only texts
-- whose meaning does not depend on the carrier. Matching is exact; the console's "unmapped
-- statuses" page lists whatever else arrives, and a tenant's own mapping of the same text wins.
insert into status_mapping (id, tenant_id, provider, raw_status, status, sub_status, milestone, updated_by)
select gen_random_uuid(), null, p.provider, m.raw_status, m.status, m.sub_status, m.milestone, 'default'
  from (values ('csv'), ('api')) as p (provider)
 cross join (values
    ('Shipment information received',          'InfoReceived',       null,                null),
    ('Shipment picked up',                     'InTransit',          null,                'PICKED_UP'),
    ('Picked up',                              'InTransit',          null,                'PICKED_UP'),
    ('Arrived at sorting center',              'InTransit',          null,                null),
    ('Departed from facility',                 'InTransit',          null,                null),
    ('Export customs clearance completed',     'InTransit',          null,                'EXPORT_CUSTOMS'),
    ('Departed from origin country',           'InTransit',          null,                'DEPARTED_ORIGIN'),
    ('Arrived at destination country',         'InTransit',          null,                'ARRIVED_DESTINATION'),
    ('Customs clearance',                      'InTransit',          'CustomsProcessing', 'IMPORT_CUSTOMS_STARTED'),
    ('Customs clearance completed',            'InTransit',          null,                'IMPORT_CUSTOMS_CLEARED'),
    ('Held by customs',                        'Exception',          'CustomsHeld',       null),
    ('Handed over to last mile carrier',       'InTransit',          null,                'LAST_MILE_HANDOVER'),
    ('Out for delivery',                       'OutForDelivery',     null,                'OUT_FOR_DELIVERY'),
    ('Delivery attempt failed',                'DeliveryFailure',    null,                'DELIVERY_ATTEMPT'),
    ('Available for pickup',                   'AvailableForPickup', null,                null),
    ('Delivered',                              'Delivered',          null,                'DELIVERED'),
    ('Returned to sender',                     'Exception',          'Returned',          'RETURNED')
 ) as m (raw_status, status, sub_status, milestone)
on conflict do nothing;
