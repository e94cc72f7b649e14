package org.aftercare.outreach;

import java.util.UUID;

public record NoticeId(UUID value) {
}
