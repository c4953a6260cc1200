// Portal links with campaign parameters, so the team can measure visits that come from social replies.
import type { Platform } from '../types';
import type { Campaign } from '../settings/schema';

/**
 * The URL with utm_source (by platform), utm_medium and utm_campaign set; other query parameters and
 * the fragment are kept. Campaign disabled or an unparsable URL: returned unchanged.
 */
export function buildLink(url: string, platform: Platform, campaign: Campaign): string {
  if (!campaign.enabled) return url;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.searchParams.set('utm_source', campaign.utmSource[platform]);
  u.searchParams.set('utm_medium', campaign.utmMedium);
  u.searchParams.set('utm_campaign', campaign.utmCampaign);
  return u.toString();
}
