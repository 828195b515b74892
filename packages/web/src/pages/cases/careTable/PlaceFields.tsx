/** Where the care table is: at home, a place the family knows, a site of the social map, or elsewhere. */
import { useTranslation } from 'react-i18next';
import { ServicePicker } from '../parts/ServicePicker.tsx';

export type PlaceKind = 'home' | 'known_place' | 'social_map' | 'other';

export function PlaceFields(props: {
  id: string;
  place: PlaceKind;
  placeText: string;
  placeServiceId: string | null;
  onChange: (patch: {
    place?: PlaceKind;
    placeText?: string;
    placeServiceId?: string | null;
  }) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('careTables.where')}</legend>
      {(['home', 'known_place', 'social_map', 'other'] as const).map((kind) => (
        <label key={kind} className="choice">
          <input
            type="radio"
            name={`${props.id}-place`}
            checked={props.place === kind}
            onChange={() => {
              props.onChange({
                place: kind,
                placeServiceId: kind === 'social_map' ? props.placeServiceId : null,
              });
            }}
          />{' '}
          {t(`careTables.places.${kind}`)}
        </label>
      ))}
      {props.place === 'social_map' ? (
        <ServicePicker
          onPick={(service) => {
            props.onChange({
              placeServiceId: service.id,
              placeText: `${service.name} (${service.organizationName})`.slice(0, 200),
            });
          }}
        />
      ) : null}
      {props.place === 'home' ? null : (
        <div className="field">
          <label htmlFor={`${props.id}-place-text`}>{t('careTables.placeText')}</label>
          <input
            id={`${props.id}-place-text`}
            maxLength={200}
            value={props.placeText}
            onChange={(e) => {
              props.onChange({ placeText: e.target.value });
            }}
          />
        </div>
      )}
    </fieldset>
  );
}
