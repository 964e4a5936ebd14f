/** Who a response is for: `public` never sees records without publication consent; `restricted` may. */
export type Visibility = 'public' | 'restricted';
