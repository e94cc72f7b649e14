package org.aftercare.console.shell;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.aftercare.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The zone a console user reads times in (their profile's), UTC when unknown or invalid. */
@Component
class ViewerZone {

    private final JdbcClient jdbc;

    ViewerZone(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ZoneId of(UserId user) {
        return jdbc.sql("select time_zone from app_user where id = :id")
                .param("id", user.value())
                .query(String.class)
                .optional()
                .map(ViewerZone::parse)
                .orElse(ZoneOffset.UTC);
    }

    private static ZoneId parse(String zone) {
        try {
            return ZoneId.of(zone);
        }
        catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
