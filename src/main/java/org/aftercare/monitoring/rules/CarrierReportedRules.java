package org.aftercare.monitoring.rules;

import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.ReasonText;

/** The rules the carrier triggers itself: a failed attempt, a return, a loss, damage or an address problem. */
final class CarrierReportedRules {

    private CarrierReportedRules() {
    }

    static class DeliveryFailure implements ShipmentRule {

        @Override
        public AlertRule id() {
            return AlertRule.DELIVERY_FAILURE;
        }

        @Override
        public Verdict evaluate(WatchedShipment shipment, RuleContext context) {
            if (shipment.status() != TrackingStatus.DeliveryFailure) {
                return Verdict.notApplicable(id());
            }
            return Verdict.firesNow(id(), shipment.lastEventAt(), () -> ReasonText.of(
                    shipment.subStatus() == SubStatus.AddressIssue ? "alert.reason.deliveryFailureAddress" : "alert.reason.deliveryFailure",
                    Durations.place(shipment.lastLocation())));
        }
    }

    static class Returning implements ShipmentRule {

        @Override
        public AlertRule id() {
            return AlertRule.RETURNING;
        }

        @Override
        public Verdict evaluate(WatchedShipment shipment, RuleContext context) {
            if (shipment.subStatus() != SubStatus.Returning && shipment.subStatus() != SubStatus.Returned) {
                return Verdict.notApplicable(id());
            }
            return Verdict.firesNow(id(), shipment.lastEventAt(), () -> shipment.subStatus() == SubStatus.Returned
                    ? ReasonText.of("alert.reason.returned")
                    : ReasonText.of("alert.reason.returning", Durations.place(shipment.lastLocation())));
        }
    }

    static class Exception implements ShipmentRule {

        @Override
        public AlertRule id() {
            return AlertRule.EXCEPTION;
        }

        @Override
        public Verdict evaluate(WatchedShipment shipment, RuleContext context) {
            SubStatus sub = shipment.subStatus();
            boolean reported = sub == SubStatus.Lost || sub == SubStatus.Damaged
                    || sub == SubStatus.AddressIssue && shipment.status() != TrackingStatus.DeliveryFailure
                    || shipment.status() == TrackingStatus.Exception && sub != SubStatus.Returning && sub != SubStatus.Returned;
            if (!reported || shipment.delivered() && sub != SubStatus.Damaged) {
                return Verdict.notApplicable(id());
            }
            String what = switch (sub == null ? SubStatus.Other : sub) {
                case Lost -> "lost";
                case Damaged -> "damaged";
                case AddressIssue -> "address";
                case CustomsHeld -> "customsHeld";
                case CustomsInformationRequired -> "customsInformation";
                default -> "other";
            };
            return Verdict.firesNow(id(), shipment.lastEventAt(), () -> ReasonText.of("alert.reason.exception",
                    "#alert.arg.exception." + what, Durations.place(shipment.lastLocation())));
        }
    }
}
