-- Reference data: the carriers of the China → US/UK/EU/SEA e-commerce trade that the simulator
-- (and, later, the tracking ingest) uses. {trackingNumber} in tracking_url is replaced by the number.
-- Cross-border consolidators carry the parcel from the Chinese warehouse to the destination country
-- and hand it to a last-mile partner, usually the national post.

insert into carrier (code, name, kind, tracking_url) values
    ('YUNEXPRESS',     'YunExpress',                 'CROSS_BORDER', 'https://www.yuntrack.com/parcelTracking?id={trackingNumber}'),
    ('4PX',            '4PX Express',                'CROSS_BORDER', 'https://track.4px.com/#/result/0/{trackingNumber}'),
    ('YANWEN',         'Yanwen Logistics',           'CROSS_BORDER', 'https://track.yw56.com.cn/en/querydel?nums={trackingNumber}'),
    ('CAINIAO',        'Cainiao',                    'CROSS_BORDER', 'https://global.cainiao.com/detail.htm?mailNoList={trackingNumber}'),
    ('JT_EXPRESS',     'J&T Express',                'EXPRESS',      'https://www.jtexpress.my/tracking/{trackingNumber}'),
    ('USPS',           'USPS',                       'POSTAL',       'https://tools.usps.com/go/TrackConfirmAction?tLabels={trackingNumber}'),
    ('ROYAL_MAIL',     'Royal Mail',                 'POSTAL',       'https://www.royalmail.com/track-your-item#/tracking-results/{trackingNumber}'),
    ('EVRI',           'Evri',                       'LAST_MILE',    'https://www.evri.com/track/parcel/{trackingNumber}'),
    ('DHL_PAKET',      'DHL Paket (Deutsche Post)',  'POSTAL',       'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={trackingNumber}'),
    ('GLS',            'GLS',                        'LAST_MILE',    'https://gls-group.com/track/{trackingNumber}'),
    ('COLISSIMO',      'Colissimo (La Poste)',       'POSTAL',       'https://www.laposte.fr/outils/suivre-vos-envois?code={trackingNumber}'),
    ('POSTE_ITALIANE', 'Poste Italiane',             'POSTAL',       'https://www.poste.it/cerca/index.html#/risultati-spedizioni/{trackingNumber}'),
    ('CORREOS',        'Correos',                    'POSTAL',       'https://www.correos.es/es/en/tools/tracker/items/details?tracking-number={trackingNumber}'),
    ('POS_MALAYSIA',   'Pos Malaysia',               'POSTAL',       'https://tracking.pos.com.my/tracking/{trackingNumber}')
on conflict (code) do nothing;
