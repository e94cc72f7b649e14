package org.aftercare.outreach.campaigns;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.outreach.Channel;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The orders a campaign reaches, found with one set-based query: parcels of the incident or the
 * filter that are still on their way, in shops the actor serves, of buyers not erased, each with the
 * channel the buyer will be written on (the shop's first channel set up for which the buyer has an
 * address). The preview counts them; sending materializes one row per buyer into a temporary table.
 */
@Repository
class AffectedOrders {

    /** Where the campaign looks: the incident's parcels, or a filter; and the shops and channels in play. */
    record Scope(TenantId tenant, List<UUID> shops, List<UUID> shipments, ShipmentFilter filter,
                 Map<UUID, List<Channel>> channels) {
    }

    /** Orders and buyers per buyer language (as stored, may be null) and channel (null: no address on any channel). */
    record Count(String language, Channel channel, int orders, int buyers) {
    }

    private static final String AFFECTED = """
            with preference as (
                select * from unnest(cast(:prefShop as uuid[]), cast(:prefChannel as text[]), cast(:prefRank as int[]))
                       as p (shop_id, channel, rank)
            ),
            affected as (
                select o.id as order_id, o.buyer_id, o.shop_id, o.order_number, s.id as shipment_id, s.status,
                       s.carrier_code, s.tracking_number, nullif(btrim(s.last_location), '') as last_location,
                       s.promised_from, s.promised_by, s.shipped_at,
                       nullif(btrim(b.name), '') as buyer_name, lower(nullif(btrim(b.language), '')) as language,
                       coalesce(b.country, sh.market) as market,
                       coalesce(nullif(btrim(b.time_zone), ''), sh.time_zone) as zone,
                       ch.channel, ch.recipient
                  from shipment s
                  join orders o on o.id = s.order_id and o.tenant_id = s.tenant_id
                  join buyer b on b.id = o.buyer_id and b.erased_at is null
                  join shop sh on sh.id = o.shop_id
                  left join lateral (
                      select p.channel,
                             case p.channel when 'EMAIL' then btrim(b.email) when 'SMS' then btrim(b.phone)
                                            else btrim(b.buyer_ref) end as recipient
                        from preference p
                       where p.shop_id = o.shop_id
                         and case p.channel when 'EMAIL' then nullif(btrim(b.email), '') is not null
                                            when 'SMS' then nullif(btrim(b.phone), '') is not null
                                            else position('@' in b.buyer_ref) = 0 end
                       order by p.rank
                       limit 1) ch on true
                 where s.tenant_id = :tenant
                   and s.shop_id = any(:shops)
                   and s.delivered_at is null and s.returned_at is null and s.status <> 'Delivered'
                   and (cast(:shipments as uuid[]) is null or s.id = any(:shipments))
                   and (cast(:carrier as text) is null or s.carrier_code = :carrier)
                   and (cast(:origin as text) is null or s.origin_country = :origin)
                   and (cast(:destinations as text[]) is null or s.destination_country = any(:destinations))
                   and (cast(:shippedFrom as timestamptz) is null or s.shipped_at >= :shippedFrom)
                   and (cast(:shippedBefore as timestamptz) is null or s.shipped_at < :shippedBefore)
                   and (cast(:lastLocation as text) is null or s.last_location ilike '%' || :lastLocation || '%')
            )
            """;

    private final JdbcClient jdbc;

    AffectedOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The affected orders and buyers per buyer language and channel, in one query. */
    List<Count> count(Scope scope) {
        return params(jdbc.sql(AFFECTED + """
                select language, channel, count(*) as orders, count(distinct buyer_id) as buyers
                  from affected
                 group by language, channel
                 order by count(*) desc
                """), scope)
                .query((rs, n) -> new Count(rs.getString("language"),
                        rs.getString("channel") == null ? null : Channel.valueOf(rs.getString("channel")),
                        rs.getInt("orders"), rs.getInt("buyers")))
                .list();
    }

    /**
     * Fills the temporary table {@code campaign_affected} (dropped at commit) with one row per buyer —
     * the order whose parcel shipped last — and what a notice says that differs from buyer to buyer.
     * Rows that render alike (same shop, language, market, zone, status, carrier, ETA window and the
     * same facts known) share a group number {@code grp}. Returns the number of buyers.
     */
    int materialize(Scope scope, LocalDate etaFrom, LocalDate etaTo, Integer delayDays) {
        jdbc.sql("drop table if exists campaign_affected").update();
        jdbc.sql("""
                create temporary table campaign_affected (
                    order_id uuid, buyer_id uuid, shop_id uuid, order_number text, shipment_id uuid, status text,
                    carrier_code text, tracking_number text, last_location text, promised_from date, promised_by date,
                    shipped_at timestamptz, buyer_name text, language text, market text, zone text, channel text,
                    recipient text, carrier_name text, tracking_link text, items text, eta_from date, eta_to date,
                    grp int, recent int not null default 0
                ) on commit drop
                """).update();
        params(jdbc.sql("insert into campaign_affected " + AFFECTED + """
                , per_buyer as (
                    select distinct on (buyer_id) a.*,
                           c.name as carrier_name,
                           replace(c.tracking_url, '{trackingNumber}', a.tracking_number) as tracking_link,
                           (select string_agg(case when l.quantity > 1 then l.quantity || ' × ' || l.title else l.title end,
                                              ', ' order by l.line_no)
                              from order_line l where l.order_id = a.order_id) as items,
                           case when cast(:delayDays as int) is null then cast(:etaFrom as date)
                                else coalesce(a.promised_from, a.promised_by) + cast(:delayDays as int) end as eta_from,
                           case when cast(:delayDays as int) is null then cast(:etaTo as date)
                                else coalesce(a.promised_by, a.promised_from) + cast(:delayDays as int) end as eta_to
                      from affected a
                      join carrier c on c.code = a.carrier_code
                     order by a.buyer_id, a.shipped_at desc
                )
                select p.*, dense_rank() over (order by shop_id, language, market, zone, status, carrier_name,
                                                        eta_from, eta_to, buyer_name is not null, items is not null,
                                                        tracking_link is not null, last_location is not null) as grp
                  from per_buyer p
                """), scope)
                .param("delayDays", delayDays)
                .param("etaFrom", etaFrom == null ? null : java.sql.Date.valueOf(etaFrom))
                .param("etaTo", etaTo == null ? null : java.sql.Date.valueOf(etaTo))
                .update();
        // Temporary tables are never analyzed by autovacuum; the statements that follow join on it.
        jdbc.sql("analyze campaign_affected").update();
        return jdbc.sql("select count(*) from campaign_affected").query(Integer.class).single();
    }

    /** One row per render group of {@code campaign_affected}: what the text of the group depends on. */
    record Group(int grp, UUID shop, String language, String market, String zone, String status, String carrier,
                 LocalDate etaFrom, LocalDate etaTo, boolean hasName, boolean hasItems, boolean hasLink,
                 boolean hasLocation) {
    }

    List<Group> groups() {
        return jdbc.sql("""
                select distinct grp, shop_id, language, market, zone, status, carrier_name, eta_from, eta_to,
                       buyer_name is not null as has_name, items is not null as has_items,
                       tracking_link is not null as has_link, last_location is not null as has_location
                  from campaign_affected
                 order by grp
                """)
                .query((rs, n) -> new Group(rs.getInt("grp"), rs.getObject("shop_id", UUID.class), rs.getString("language"),
                        rs.getString("market"), rs.getString("zone"), rs.getString("status"), rs.getString("carrier_name"),
                        date(rs.getDate("eta_from")), date(rs.getDate("eta_to")), rs.getBoolean("has_name"),
                        rs.getBoolean("has_items"), rs.getBoolean("has_link"), rs.getBoolean("has_location")))
                .list();
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Scope scope) {
        List<UUID> prefShop = new ArrayList<>();
        List<String> prefChannel = new ArrayList<>();
        List<Integer> prefRank = new ArrayList<>();
        scope.channels().forEach((shop, channels) -> {
            for (int i = 0; i < channels.size(); i++) {
                prefShop.add(shop);
                prefChannel.add(channels.get(i).name());
                prefRank.add(i);
            }
        });
        ShipmentFilter f = scope.filter();
        Map<String, Object> p = new HashMap<>();
        p.put("tenant", scope.tenant().value());
        p.put("shops", new SqlArrayValue("uuid", scope.shops().toArray()));
        p.put("prefShop", new SqlArrayValue("uuid", prefShop.toArray()));
        p.put("prefChannel", new SqlArrayValue("text", prefChannel.toArray()));
        p.put("prefRank", new SqlArrayValue("int4", prefRank.toArray()));
        p.put("shipments", scope.shipments() == null ? null : new SqlArrayValue("uuid", scope.shipments().toArray()));
        p.put("carrier", f == null ? null : f.carrier());
        p.put("origin", f == null ? null : f.origin());
        p.put("destinations", f == null || f.destinationCountries().isEmpty() ? null
                : new SqlArrayValue("text", f.destinationCountries().toArray()));
        p.put("shippedFrom", f == null || f.shippedFrom() == null ? null
                : Timestamp.from(f.shippedFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
        p.put("shippedBefore", f == null || f.shippedTo() == null ? null
                : Timestamp.from(f.shippedTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        p.put("lastLocation", f == null || f.lastLocation() == null ? null
                : f.lastLocation().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        return sql.params(p);
    }
}
