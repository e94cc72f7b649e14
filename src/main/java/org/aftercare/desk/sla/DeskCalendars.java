package org.aftercare.desk.sla;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's desk calendars. */
@Repository
public class DeskCalendars {

    private final JdbcClient jdbc;

    DeskCalendars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DeskCalendar> of(TenantId tenant) {
        return jdbc.sql("select * from desk_calendar where tenant_id = :tenant order by name")
                .param("tenant", tenant.value())
                .query(DeskCalendars::map)
                .list();
    }

    public Optional<DeskCalendar> find(TenantId tenant, UUID id) {
        return jdbc.sql("select * from desk_calendar where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id)
                .query(DeskCalendars::map)
                .optional();
    }

    /** Inserts a calendar without an id, updates one with an id; its id, or NotFound when not the tenant's. */
    public UUID save(TenantId tenant, DeskCalendar calendar, String actor) {
        UUID id = calendar.id() == null ? UUID.randomUUID() : calendar.id();
        String sql = calendar.id() == null ? """
                insert into desk_calendar (id, tenant_id, name, zone, holiday_country, hours, closed_days, updated_by)
                values (:id, :tenant, :name, :zone, :country, :hours, cast(string_to_array(:closed, ',') as date[]), :actor)
                """ : """
                update desk_calendar
                   set name = :name, zone = :zone, holiday_country = :country, hours = :hours,
                       closed_days = cast(string_to_array(:closed, ',') as date[]), updated_at = now(), updated_by = :actor
                 where tenant_id = :tenant and id = :id
                """;
        int rows;
        try {
            rows = jdbc.sql(sql)
                    .param("id", id)
                    .param("tenant", tenant.value())
                    .param("name", calendar.name())
                    .param("zone", calendar.zone())
                    .param("country", calendar.holidayCountry())
                    .param("hours", calendar.hours())
                    .param("closed", calendar.closedDays().stream().sorted().map(LocalDate::toString)
                            .collect(Collectors.joining(",")))
                    .param("actor", actor)
                    .update();
        }
        catch (DuplicateKeyException sameName) {
            throw new IllegalArgumentException("name: a calendar named '" + calendar.name() + "' exists already");
        }
        if (rows == 0) {
            throw new NotFound("calendar", id);
        }
        return id;
    }

    public boolean delete(TenantId tenant, UUID id) {
        return jdbc.sql("delete from desk_calendar where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.value()).param("id", id).update() == 1;
    }

    private static DeskCalendar map(ResultSet rs, int row) throws SQLException {
        Date[] closed = (Date[]) rs.getArray("closed_days").getArray();
        Set<LocalDate> days = Arrays.stream(closed).map(Date::toLocalDate).collect(Collectors.toSet());
        return new DeskCalendar(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("zone"),
                rs.getString("holiday_country"), rs.getString("hours"), days);
    }
}
