/** Dates in the registry are Korean calendar dates (house style §8). */
export const TIME_ZONE = 'Asia/Seoul';
