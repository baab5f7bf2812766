import { Icon } from '../ui/icons';

/** Quotation marks: the Quotes & annotations view in the sidebar. */
export function QuotesIcon() {
  return (
    <Icon>
      <path d="M2.8 9.2c0-2.6 1.1-4.2 3.4-5M2.8 8.4h3.1v4H2.8zM9.3 9.2c0-2.6 1.1-4.2 3.4-5M9.3 8.4h3.1v4H9.3z" />
    </Icon>
  );
}
