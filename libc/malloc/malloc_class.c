#include "malloc_impl.h"

// The size classes.  Derived as follows (tests/libc/malloc re-derives and
// checks every field):
//   size      16, 32, ..., 128, then 2^l + j * 2^(l-2) for j = 1..4 and
//             l = 7..16, ending at 131072.
//   shift     trailing zero bits of size; inverse: (size >> shift)^-1 mod 2^32.
//   span      the smallest of 64 KiB, 128 KiB, ... 4 MiB that holds at least
//             8 slots and wastes at most 1/64 of itself (slack plus header);
//             if none does, the first one with less waste than every smaller
//             span by more than 1/1000 of its length.
//   nslots    the most slots that fit together with the header, whose length
//             is 24 + 8 * ceil(nslots / 64) bytes rounded up to 64.
//   batch     32 KiB / size, clamped to [2, 64].
//   transfer  256 KiB / (batch * size), clamped to [2, 64].
const struct malloc_class __malloc_classes[MALLOC_NCLASSES] = {
    // size  inverse     nslots hdr  sh sp  batch transfer
{    16, 0x00000001, 4060, 576,  4, 16, 64, 64},  // 0
    {    32, 0x00000001, 2038, 320,  5, 16, 64, 64},  // 1
    {    48, 0xaaaaaaab, 1360, 256,  4, 16, 64, 64},  // 2
    {    64, 0x00000001, 1021, 192,  6, 16, 64, 64},  // 3
    {    80, 0xcccccccd,  817, 128,  4, 16, 64, 51},  // 4
    {    96, 0xaaaaaaab,  681, 128,  5, 16, 64, 42},  // 5
    {   112, 0xb6db6db7,  584, 128,  4, 16, 64, 36},  // 6
    {   128, 0x00000001,  511, 128,  7, 16, 64, 32},  // 7
    {   160, 0xcccccccd,  408, 128,  5, 16, 64, 25},  // 8
    {   192, 0xaaaaaaab,  340, 128,  6, 16, 64, 21},  // 9
    {   224, 0xb6db6db7,  292,  64,  5, 16, 64, 18},  // 10
    {   256, 0x00000001,  255,  64,  8, 16, 64, 16},  // 11
    {   320, 0xcccccccd,  204,  64,  6, 16, 64, 12},  // 12
    {   384, 0xaaaaaaab,  170,  64,  7, 16, 64, 10},  // 13
    {   448, 0xb6db6db7,  146,  64,  6, 16, 64,  9},  // 14
    {   512, 0x00000001,  127,  64,  9, 16, 64,  8},  // 15
    {   640, 0xcccccccd,  102,  64,  7, 16, 51,  8},  // 16
    {   768, 0xaaaaaaab,   85,  64,  8, 16, 42,  8},  // 17
    {   896, 0xb6db6db7,   73,  64,  7, 16, 36,  8},  // 18
    {  1024, 0x00000001,   63,  64, 10, 16, 32,  8},  // 19
    {  1280, 0xcccccccd,   51,  64,  8, 16, 25,  8},  // 20
    {  1536, 0xaaaaaaab,   42,  64,  9, 16, 21,  8},  // 21
    {  1792, 0xb6db6db7,   36,  64,  8, 16, 18,  8},  // 22
    {  2048, 0x00000001,   63,  64, 11, 17, 16,  8},  // 23
    {  2560, 0xcccccccd,   51,  64,  9, 17, 12,  8},  // 24
    {  3072, 0xaaaaaaab,   21,  64, 10, 16, 10,  8},  // 25
    {  3584, 0xb6db6db7,   18,  64,  9, 16,  9,  8},  // 26
    {  4096, 0x00000001,   63,  64, 12, 18,  8,  8},  // 27
    {  5120, 0xcccccccd,   51,  64, 10, 18,  6,  8},  // 28
    {  6144, 0xaaaaaaab,   21,  64, 11, 17,  5,  8},  // 29
    {  7168, 0xb6db6db7,    9,  64, 10, 16,  4,  9},  // 30
    {  8192, 0x00000001,   63,  64, 13, 19,  4,  8},  // 31
    { 10240, 0xcccccccd,   51,  64, 11, 19,  3,  8},  // 32
    { 12288, 0xaaaaaaab,   21,  64, 12, 18,  2, 10},  // 33
    { 14336, 0xb6db6db7,    9,  64, 11, 17,  2,  9},  // 34
    { 16384, 0x00000001,   63,  64, 14, 20,  2,  8},  // 35
    { 20480, 0xcccccccd,   51,  64, 12, 20,  2,  6},  // 36
    { 24576, 0xaaaaaaab,   21,  64, 13, 19,  2,  5},  // 37
    { 28672, 0xb6db6db7,    9,  64, 12, 18,  2,  4},  // 38
    { 32768, 0x00000001,   63,  64, 15, 21,  2,  4},  // 39
    { 40960, 0xcccccccd,   51,  64, 13, 21,  2,  3},  // 40
    { 49152, 0xaaaaaaab,   21,  64, 14, 20,  2,  2},  // 41
    { 57344, 0xb6db6db7,    9,  64, 13, 19,  2,  2},  // 42
    { 65536, 0x00000001,   63,  64, 16, 22,  2,  2},  // 43
    { 81920, 0xcccccccd,   51,  64, 14, 22,  2,  2},  // 44
    { 98304, 0xaaaaaaab,   21,  64, 15, 21,  2,  2},  // 45
    {114688, 0xb6db6db7,    9,  64, 14, 20,  2,  2},  // 46
    {131072, 0x00000001,   31,  64, 17, 22,  2,  2},  // 47
};
