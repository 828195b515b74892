/** Who sees an item of the plan: the team only, or the family — except a parent it is hidden from. */
import { useTranslation } from 'react-i18next';

type Visibility = { teamOnly: boolean; hiddenFrom: string[] };

export function VisibilityFields(props: {
  item: Visibility;
  adults: { id: string; name: string }[];
  onChange: (change: Visibility) => void;
}) {
  const { t } = useTranslation();
  const { item } = props;
  return (
    <fieldset className="plan-visibility">
      <legend>{t('plan.whoSees')}</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={item.teamOnly}
          onChange={(e) => {
            props.onChange({ ...item, teamOnly: e.target.checked });
          }}
        />{' '}
        {t('plan.teamOnly')}
      </label>
      {item.teamOnly || props.adults.length < 2
        ? null
        : props.adults.map((a) => (
            <label key={a.id} className="choice">
              <input
                type="checkbox"
                checked={item.hiddenFrom.includes(a.id)}
                onChange={(e) => {
                  props.onChange({
                    ...item,
                    hiddenFrom: e.target.checked
                      ? [...item.hiddenFrom, a.id]
                      : item.hiddenFrom.filter((x) => x !== a.id),
                  });
                }}
              />{' '}
              {t('plan.hiddenFrom', { name: a.name })}
            </label>
          ))}
    </fieldset>
  );
}
