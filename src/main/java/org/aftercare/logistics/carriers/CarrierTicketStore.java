package org.aftercare.logistics.carriers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftercare.logistics.CarrierTicket;
import org.aftercare.logistics.CarrierTicketId;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.TicketAttachment;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Carrier tickets in table carrier_ticket; the attachment's bytes are read only when asked for. */
@Repository
public class CarrierTicketStore {

    private static final String COLUMNS = """
            id, shipment_id, carrier_code, ticket_number, status, opened_at, answered_at, closed_at, statement,
            attachment_name, attachment_type, attachment_size, created_by, answered_by, closed_by""";

    private final JdbcClient jdbc;

    CarrierTicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the carrier already has a ticket with this number in the tenant. */
    public boolean insert(TenantId tenant, CarrierTicket t) {
        return jdbc.sql("""
                insert into carrier_ticket (id, tenant_id, shipment_id, carrier_code, ticket_number, status, opened_at,
                                            created_by)
                values (:id, :tenant, :shipment, :carrier, :number, :status, :openedAt, :by)
                on conflict (tenant_id, carrier_code, ticket_number) do nothing
                """)
                .param("id", t.id().value()).param("tenant", tenant.value()).param("shipment", t.shipment().value())
                .param("carrier", t.carrierCode()).param("number", t.ticketNumber()).param("status", t.status().name())
                .param("openedAt", Timestamp.from(t.openedAt())).param("by", t.createdBy())
                .update() == 1;
    }

    /** Saves the answer if the ticket is still open (false when someone answered or closed it first). */
    public boolean saveAnswer(TenantId tenant, CarrierTicket t, TicketAttachment attachment) {
        return jdbc.sql("""
                update carrier_ticket
                   set status = :status, answered_at = :at, answered_by = :by, statement = :statement,
                       attachment = :bytes, attachment_name = :name, attachment_type = :type, attachment_size = :size
                 where tenant_id = :tenant and id = :id and status = 'OPEN'
                """)
                .param("tenant", tenant.value()).param("id", t.id().value()).param("status", t.status().name())
                .param("at", Timestamp.from(t.answeredAt())).param("by", t.answeredBy())
                .param("statement", t.statement())
                .param("bytes", attachment == null ? null : attachment.bytes())
                .param("name", t.attachmentName()).param("type", t.attachmentType()).param("size", t.attachmentSize())
                .update() == 1;
    }

    public boolean saveClosed(TenantId tenant, CarrierTicket t) {
        return jdbc.sql("""
                update carrier_ticket set status = 'CLOSED', closed_at = :at, closed_by = :by
                 where tenant_id = :tenant and id = :id and status <> 'CLOSED'
                """)
                .param("tenant", tenant.value()).param("id", t.id().value())
                .param("at", Timestamp.from(t.closedAt())).param("by", t.closedBy())
                .update() == 1;
    }

    public Optional<CarrierTicket> find(TenantId tenant, CarrierTicketId id) {
        return jdbc.sql("select " + COLUMNS + " from carrier_ticket where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id.value())
                .query(CarrierTicketStore::ticket).optional();
    }

    public List<CarrierTicket> ofShipment(TenantId tenant, ShipmentId shipment) {
        return jdbc.sql("select " + COLUMNS + " from carrier_ticket where tenant_id = :tenant and shipment_id = :shipment order by opened_at, ticket_number")
                .param("tenant", tenant.value()).param("shipment", shipment.value())
                .query(CarrierTicketStore::ticket).list();
    }

    public Optional<TicketAttachment> attachment(TenantId tenant, CarrierTicketId id) {
        return jdbc.sql("""
                select attachment_name, attachment_type, attachment from carrier_ticket
                 where tenant_id = :tenant and id = :id and attachment is not null
                """)
                .param("tenant", tenant.value()).param("id", id.value())
                .query((rs, row) -> new TicketAttachment(rs.getString("attachment_name"), rs.getString("attachment_type"),
                        rs.getBytes("attachment")))
                .optional();
    }

    /** The shipment's carrier and destination, if it is the tenant's. */
    public Optional<ShipmentLane> shipment(TenantId tenant, ShipmentId shipment) {
        return jdbc.sql("select carrier_code, destination_country from shipment where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", shipment.value())
                .query((rs, row) -> new ShipmentLane(rs.getString("carrier_code"), rs.getString("destination_country")))
                .optional();
    }

    public record ShipmentLane(String carrierCode, String destinationCountry) {
    }

    private static CarrierTicket ticket(ResultSet rs, int row) throws SQLException {
        return new CarrierTicket(new CarrierTicketId(rs.getObject("id", UUID.class)),
                new ShipmentId(rs.getObject("shipment_id", UUID.class)), rs.getString("carrier_code"),
                rs.getString("ticket_number"), CarrierTicket.Status.valueOf(rs.getString("status")),
                instant(rs, "opened_at"), instant(rs, "answered_at"), instant(rs, "closed_at"), rs.getString("statement"),
                rs.getString("attachment_name"), rs.getString("attachment_type"), (Integer) rs.getObject("attachment_size"),
                rs.getString("created_by"), rs.getString("answered_by"), rs.getString("closed_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
