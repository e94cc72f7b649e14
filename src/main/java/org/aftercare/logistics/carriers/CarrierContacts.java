package org.aftercare.logistics.carriers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The tenant's carrier contact directory. Managers and owners edit it; everyone reads it. */
@Service
public class CarrierContacts {

    private static final String COLUMNS = """
            id, carrier_code, country, channel, value, claim_window_days, notes, updated_at, updated_by""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CarrierContacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Contacts of the tenant, by carrier and country; both filters optional. */
    public List<CarrierContact> list(Actor actor, String carrierCode, String country) {
        return jdbc.sql("select " + COLUMNS + """
                         from carrier_contact
                        where tenant_id = :tenant
                          and (cast(:carrier as text) is null or carrier_code = upper(:carrier))
                          and (cast(:country as text) is null or country = upper(:country) or country is null)
                        order by carrier_code, country nulls first, channel, value
                        """)
                .param("tenant", actor.tenant().value())
                .param("carrier", carrierCode == null || carrierCode.isBlank() ? null : carrierCode.strip())
                .param("country", country == null || country.isBlank() ? null : country.strip())
                .query(CarrierContacts::contact)
                .list();
    }

    public CarrierContact get(Actor actor, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from carrier_contact where tenant_id = :tenant and id = :id")
                .param("tenant", actor.tenant().value()).param("id", id)
                .query(CarrierContacts::contact)
                .optional()
                .orElseThrow(() -> new NotFound("Carrier contact", id));
    }

    public CarrierContact add(Actor actor, CarrierContactRequest request) {
        actor.requireManage();
        CarrierContactRequest c = known(request.validated());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into carrier_contact (id, tenant_id, carrier_code, country, channel, value, claim_window_days,
                                             notes, updated_at, updated_by)
                values (:id, :tenant, :carrier, :country, :channel, :value, :window, :notes, :now, :by)
                """)
                .param("id", id).param("tenant", actor.tenant().value()).param("carrier", c.carrierCode())
                .param("country", c.country()).param("channel", c.channel()).param("value", c.value())
                .param("window", c.claimWindowDays()).param("notes", c.notes())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.name())
                .update();
        return get(actor, id);
    }

    public CarrierContact update(Actor actor, UUID id, CarrierContactRequest request) {
        actor.requireManage();
        CarrierContactRequest c = known(request.validated());
        int updated = jdbc.sql("""
                update carrier_contact
                   set carrier_code = :carrier, country = :country, channel = :channel, value = :value,
                       claim_window_days = :window, notes = :notes, updated_at = :now, updated_by = :by
                 where tenant_id = :tenant and id = :id
                """)
                .param("id", id).param("tenant", actor.tenant().value()).param("carrier", c.carrierCode())
                .param("country", c.country()).param("channel", c.channel()).param("value", c.value())
                .param("window", c.claimWindowDays()).param("notes", c.notes())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.name())
                .update();
        if (updated == 0) {
            throw new NotFound("Carrier contact", id);
        }
        return get(actor, id);
    }

    public void delete(Actor actor, UUID id) {
        actor.requireManage();
        int deleted = jdbc.sql("delete from carrier_contact where tenant_id = :tenant and id = :id")
                .param("tenant", actor.tenant().value()).param("id", id)
                .update();
        if (deleted == 0) {
            throw new NotFound("Carrier contact", id);
        }
    }

    /** The carrier directory's codes, for the console's choice. */
    public List<String> carrierCodes() {
        return jdbc.sql("select code from carrier order by code").query(String.class).list();
    }

    private CarrierContactRequest known(CarrierContactRequest c) {
        boolean exists = jdbc.sql("select exists (select 1 from carrier where code = :code)")
                .param("code", c.carrierCode()).query(Boolean.class).single();
        if (!exists) {
            throw new IllegalArgumentException("carrierCode: unknown carrier " + c.carrierCode());
        }
        return c;
    }

    private static CarrierContact contact(ResultSet rs, int row) throws SQLException {
        return new CarrierContact(rs.getObject("id", UUID.class), rs.getString("carrier_code"), rs.getString("country"),
                CarrierContact.Channel.valueOf(rs.getString("channel")), rs.getString("value"),
                (Integer) rs.getObject("claim_window_days"), rs.getString("notes"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
