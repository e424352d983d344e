; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu -relocation-model=pic %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu -relocation-model=pic -enable-tlsdesc %s -o %t.X86D.o -filetype=obj -stack-report=%t.X86D.jsonl
; RUN: %filecheck %s --check-prefix=X86D < %t.X86D.jsonl
; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu -relocation-model=pic %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; Dynamic TLS models call into the runtime, and those calls exist only after the
; AsmPrinter lowers a pseudo that is not a call in the MIR (X86 TLS_addr64,
; TLS_base_addr64, TLS_desc64; AArch64 TLSDESC_CALLSEQ). glibc's __tls_get_addr
; and the TLS descriptor's slow path allocate on first use in a shared object,
; so each one is a call site at the pseudo's depth. (clang -fPIC
; -ftls-model=global-dynamic / local-dynamic; llc needs -relocation-model=pic,
; the IR's "PIC Level" flag does not set it.)
;
; x86-64 general/local dynamic (llc -O2 -relocation-model=pic):
;   get_gd:  pushq %rax ; data16 leaq gd@TLSGD(%rip), %rdi ; data16 data16 rex64
;            callq __tls_get_addr@PLT                     -> 8 + 8 = 16, at 16
;   bump_ld: pushq %rbx ; subq $16, %rsp ; callq use@PLT ; leaq ld@TLSLD(%rip), %rdi
;            ; callq __tls_get_addr@PLT                   -> 8 + 8 + 16 = 32, both at 32
; x86-64 TLS descriptors (-enable-tlsdesc, clang -mtls-dialect=gnu2): the same
;   frames; leaq gd@tlsdesc(%rip), %rax ; callq *gd@tlscall(%rax) (bump_ld through
;   _TLS_MODULE_BASE_): an indirect call through the descriptor, at 16 and 32.
; AArch64 (TLSDESC for both models):
;   get_gd:  str x30, [sp, #-16]! ; adrp x0, :tlsdesc:gd ; ldr x1, [...] ; add x0, ...
;            ; blr x1                                     -> 16, indirect at 16
;   bump_ld: sub sp, sp, #32 ; stp x30, x19, [sp, #16] ; bl use ; adrp/ldr/add ; blr x1
;                                                         -> 32, use and blr at 32
;
; X86: "kind":"module"
; X86: "calls":[{"callee":"__tls_get_addr","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"get_gd","own_depth":16,
; X86: "calls":[{"callee":"use","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"__tls_get_addr","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"bump_ld","own_depth":32,
; X86: "kind":"end"
; X86D: "kind":"module"
; X86D: "calls":[{"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"indirect","signatures":[],"tail":false,"type_ids":[]}]{{.*}}"dynamic":false{{.*}}"name":"get_gd","own_depth":16,
; X86D: "calls":[{"callee":"use","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"indirect","signatures":[],"tail":false,"type_ids":[]}]{{.*}}"dynamic":false{{.*}}"name":"bump_ld","own_depth":32,
; X86D: "kind":"end"
; A64: "kind":"module"
; A64: "calls":[{"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"indirect","signatures":[],"tail":false,"type_ids":[]}]{{.*}}"dynamic":false{{.*}}"name":"get_gd","own_depth":16,
; A64: "calls":[{"callee":"use","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"indirect","signatures":[],"tail":false,"type_ids":[]}]{{.*}}"dynamic":false{{.*}}"name":"bump_ld","own_depth":32,
; A64: "kind":"end"
@gd = thread_local global i32 0, align 4
@ld = internal thread_local(localdynamic) global i32 0, align 4
declare void @use(ptr)
declare ptr @llvm.threadlocal.address.p0(ptr)
define i32 @get_gd() {
  %p = call ptr @llvm.threadlocal.address.p0(ptr @gd)
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
define i32 @bump_ld(i32 %x) {
  %a = alloca [4 x i32], align 16
  call void @use(ptr %a)
  %p = call ptr @llvm.threadlocal.address.p0(ptr @ld)
  %v = load i32, ptr %p, align 4
  %w = add i32 %v, %x
  store i32 %w, ptr %p, align 4
  ret i32 %w
}
