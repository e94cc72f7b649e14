package org.aftercare.outreach;

import java.util.Optional;

import org.aftercare.monitoring.AlertId;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.TenantId;

/**
 * The coupon proposed or granted for an alert, if any; the remedies module may provide it. Without
 * a bean of this type a notice from an alert carries no coupon; a notice composed by hand may name one.
 */
public interface OfferedCoupons {

    Optional<Money> forAlert(TenantId tenant, AlertId alert);
}
