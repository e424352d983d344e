#include "common.h"

enum op { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR, OP_NEG, OP_NOT };

/* Dense cases: a jump table. */
int64_t eval(enum op o, int64_t a, int64_t b) {
  switch (o) {
  case OP_ADD: return a + b;
  case OP_SUB: return a - b;
  case OP_MUL: return a * b;
  case OP_DIV: return b ? a / b : 0;
  case OP_MOD: return b ? a % b : 0;
  case OP_AND: return a & b;
  case OP_OR: return a | b;
  case OP_XOR: return a ^ b;
  case OP_SHL: return a << (b & 63);
  case OP_SHR: return a >> (b & 63);
  case OP_NEG: return -a;
  case OP_NOT: return ~a;
  }
  return 0;
}

/* A switch that becomes a lookup table of constants. */
const char *op_name(enum op o) {
  switch (o) {
  case OP_ADD: return "add"; case OP_SUB: return "sub"; case OP_MUL: return "mul";
  case OP_DIV: return "div"; case OP_MOD: return "mod"; case OP_AND: return "and";
  case OP_OR: return "or";   case OP_XOR: return "xor"; case OP_SHL: return "shl";
  case OP_SHR: return "shr"; case OP_NEG: return "neg"; case OP_NOT: return "not";
  }
  return "?";
}

/* Sparse cases: a binary search tree of compares. */
int classify(uint32_t code) {
  switch (code) {
  case 1: return 10;
  case 100: return 11;
  case 1000: return 12;
  case 4096: return 13;
  case 65535: return 14;
  case 100000: return 15;
  case 0xdeadbeef: return 16;
  case 0x7fffffff: return 17;
  default: return -1;
  }
}

void log_op(enum op o);

/* Cases that call out: a switch of calls and fall-through. */
int64_t run_program(const unsigned char *code, int n, int64_t acc) {
  for (int pc = 0; pc < n; pc++) {
    enum op o = (enum op)(code[pc] % 12);
    switch (o) {
    case OP_NEG:
    case OP_NOT:
      acc = eval(o, acc, 0);
      break;
    case OP_DIV:
    case OP_MOD:
      log_op(o);
      /* fall through */
    default:
      acc = eval(o, acc, code[pc] >> 4);
    }
  }
  return acc;
}

int month_days(int m, int leap) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  switch (m) {
  case 2: return leap ? 29 : 28;
  case 1: case 3: case 4: case 5: case 6: case 7: case 8: case 9: case 10: case 11: case 12:
    return days[m - 1];
  default: return 0;
  }
}
