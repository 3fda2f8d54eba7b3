/** Plausible words for the demo's free-text fields, so GraphiQL reads like a real book of clients. */
export const COMPANY_PREFIXES = [
  'Northwind',
  'Bluepeak',
  'Ironbridge',
  'Silverline',
  'Redwood',
  'Brightwater',
  'Oakfield',
  'Greenhaven',
  'Stonegate',
  'Clearview',
  'Highmoor',
  'Westbrook',
  'Suncrest',
  'Blackstone',
  'Riverside',
  'Eastgate',
  'Goldleaf',
  'Maplewood',
  'Fairhaven',
  'Copperfield',
] as const;
export const COMPANY_TRADES = [
  'Logistics',
  'Dental',
  'Bakeries',
  'Architects',
  'Retail',
  'Consulting',
  'Foods',
  'Motors',
  'Clinics',
  'Hotels',
  'Software',
  'Textiles',
  'Legal',
  'Media',
  'Energy',
  'Pharma',
  'Construction',
  'Travel',
] as const;
export const COMPANY_FORMS = ['Ltd', 'GmbH', 'SA', 'BV', 'SL', 'Group', '& Co', 'Inc'] as const;

export const WORK_ACTIVITIES = ['Campaign delivery', 'Monthly retainer work', 'Design sprint', 'Reporting and analysis', 'Implementation'] as const;
export const NON_BILLABLE_ACTIVITIES = [
  'Chasing answers to unanswered emails',
  'Re-explaining the agreed plan',
  'Preparing a meeting the client missed',
  'Unbilled support calls',
  'Reworking a deliverable already approved',
] as const;

export const COMPLAINT_SUBJECTS = [
  'Report delivered late',
  'Colours not as discussed',
  'Not enough results this month',
  'Invoice higher than expected',
  'Response took too long',
  'Competitor seems to get more',
  'Wording of the landing page',
] as const;
export const UNFOUNDED_RESOLUTIONS = [
  'Delivered as contracted and on the agreed date; walked the client through the scope',
  'Matches the approved brief; shared the sign-off email',
  'Within the agreed service levels',
] as const;
export const SCOPE_REQUESTS = [
  'Extra landing page for a trade fair',
  'Translate the whole site into three languages',
  'Weekly instead of monthly reporting',
  'Redesign of the logo',
  'Ad-hoc social media posts over the weekend',
] as const;
export const REJECTED_RECOMMENDATIONS = [
  'Consolidate the three product lines into one campaign',
  'Stop the underperforming channel',
  'Commit to a quarterly plan',
  'Name one decision-maker for approvals',
] as const;
export const ABUSE_DESCRIPTIONS = {
  MINOR: ['Shouted at the account manager on a call', 'Insulting remarks in an email to the team'],
  SEVERE: ['Threatened a staff member', 'Repeated insults and a threat to "make them regret it"'],
} as const;
export const STAFF = ['Ana (account manager)', 'Ben (project lead)', 'Chloé (designer)', 'Dev (support)'] as const;
