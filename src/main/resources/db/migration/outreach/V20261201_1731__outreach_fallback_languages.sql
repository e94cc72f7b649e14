-- The languages a shop's notices fall back to when the buyer's has no text, in order; null takes
-- the shop's buyer languages (then English).
alter table outreach_shop_settings add column fallback_languages text[];
