package org.aftercare.monitoring.rules;

import org.aftercare.logistics.SubStatus;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.AlertRule;

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
            return Verdict.firesNow(id(), shipment.lastEventAt(), () -> "The carrier reports a failed delivery attempt"
                    + at(shipment) + (shipment.subStatus() == SubStatus.AddressIssue ? " (address problem)" : ""));
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
                    ? "The parcel was returned to the sender" : "The parcel is being returned to the sender" + at(shipment));
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
                case AddressIssue -> "an address problem";
                case CustomsHeld -> "held by customs";
                case CustomsInformationRequired -> "customs needs information";
                default -> "an exception";
            };
            return Verdict.firesNow(id(), shipment.lastEventAt(), () -> "The carrier reports " + what + at(shipment));
        }
    }

    private static String at(WatchedShipment shipment) {
        return shipment.lastLocation() == null ? "" : " at " + shipment.lastLocation();
    }
}
